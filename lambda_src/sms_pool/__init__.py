"""Remove an origination identity from an AWS End User Messaging SMS pool.

The Lambda asset. Entry points live in :mod:`sms_pool.handlers`; see the README for the contract.
"""

"""Remove an origination identity from an AWS End User Messaging SMS pool.

The Lambda asset. Entry points live in :mod:`sms_pool.handlers`; see the README for the contract.
"""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict

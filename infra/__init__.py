"""CDK constructs for the sms-pool-disassociate service.

The stack reads the Lambda package's constants, error table and pydantic models at synth time; ``sms_pool`` is
importable because the venv installs ``lambda_src`` editable (``make venv``).
"""

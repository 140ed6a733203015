"""Wire-compatible local emulator of the AWS ``pinpoint-sms-voice-v2`` JSON 1.0 API.

Start it from Python with :class:`EmulatorServer` or from a shell with
``python -m local.emulator``. See ``README.md`` in this package for the control endpoints.
"""

from local.emulator.control import EmulatorControl
from local.emulator.faults import FaultConfig, FaultInjector
from local.emulator.server import EmulatorServer

__all__ = ["EmulatorControl", "EmulatorServer", "FaultConfig", "FaultInjector"]

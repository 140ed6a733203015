"""Everything that imitates AWS on a laptop: the SMS Voice V2 emulator, the local API Gateway, the CLI."""

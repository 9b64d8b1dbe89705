import BatikCLI

BatikCommand.main()

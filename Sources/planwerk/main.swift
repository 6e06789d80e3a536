import PlanwerkCLI

PlanwerkCommand.mainEntry()

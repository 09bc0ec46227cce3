using Boundaries.Bench;

return BenchCommands.Run(args);

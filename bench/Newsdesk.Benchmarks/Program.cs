using Newsdesk.Benchmarks;

// Usage: dotnet run -c Release --project bench/Newsdesk.Benchmarks -- <bench> [options]
return args.FirstOrDefault() switch
{
    "ingest" => await IngestBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Newsdesk.Benchmarks ingest [--feeds 50] [--items 200] [--dialects sqlite,postgres] [--out bench/results/ingest.md]");
    return 2;
}

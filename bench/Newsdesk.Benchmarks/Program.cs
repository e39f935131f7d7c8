using Newsdesk.Benchmarks;

// Usage: dotnet run -c Release --project bench/Newsdesk.Benchmarks -- <bench> [options]
return args.FirstOrDefault() switch
{
    "ingest" => await IngestBench.RunAsync(args[1..]),
    "translate" => await TranslateBench.RunAsync(args[1..]),
    "ingest-parts" => await IngestPartsBench.RunAsync(args[1..]),
    "pipeline" => await PipelineBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Newsdesk.Benchmarks ingest [--feeds 50] [--items 200] [--store sqlite|postgres|sqlite,postgres] [--concurrency 4] [--processes 1] [--json] [--out bench/results/ingest.md]");
    Console.Error.WriteLine("       Newsdesk.Benchmarks ingest-parts [--feeds 20] [--items 100] [--store sqlite|postgres] [--profile-extraction ROUNDS]");
    Console.Error.WriteLine("       Newsdesk.Benchmarks translate [--pair fr-es] [--cases ../shared/bench/qa/dev-cases.jsonl] [--articles 100] [--paragraphs 2] [--workers 4] [--no-per-article] [--json]");
    Console.Error.WriteLine("       Newsdesk.Benchmarks pipeline [--feeds 4] [--items 50] [--languages es,ca] [--concurrency 4]");
    return 2;
}

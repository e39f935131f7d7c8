namespace Newsdesk.Fetching;

/// <summary>Thrown from the connect callback so the refusal can be told apart from ordinary network errors.</summary>
internal sealed class AddressRefusedException(string message) : IOException(message);

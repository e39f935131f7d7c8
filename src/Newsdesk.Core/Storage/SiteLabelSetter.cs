namespace Newsdesk.Storage;

/// <summary>Who set a section or topic name in an edition's language.</summary>
public enum SiteLabelSetter
{
    /// <summary>The desk's translation engine (through the translation memory).</summary>
    Engine,
    /// <summary>An editor, by hand; the engine never replaces it.</summary>
    Editor,
}

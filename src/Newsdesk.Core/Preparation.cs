namespace Newsdesk;

/// <summary>
/// Work that only saves time later (models to load, programs to start), run on a thread-pool thread. Its failure is
/// ignored: the first real use does the same work and reports what fails.
/// </summary>
public static class Preparation
{
    public static void Start(Action work) =>
        ThreadPool.QueueUserWorkItem(_ =>
        {
            try
            {
                work();
            }
            catch (Exception)
            {
                // Only time was to be saved.
            }
        });
}

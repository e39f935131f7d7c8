using Newsdesk.Web.Cli;

return await NewsdeskCommandLine.InvokeAsync(args);

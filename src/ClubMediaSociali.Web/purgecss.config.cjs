// Bootstrap's style sheet trimmed to the rules the Club's pages use (run by the build, see the project file).
// The pages' markup, the C# that writes class names (tag helpers, view models) and our scripts are read for the
// words they hold; a rule stays when every class it names appears somewhere among them. Classes only scripts of
// others add at run time are kept by name below.
module.exports = {
  content: ["Features/**/*.cshtml", "Features/**/*.cs", "Infrastructure/**/*.cs", "wwwroot/js/**/*.js"],
  css: ["node_modules/bootstrap/dist/css/bootstrap.min.css"],
  output: "wwwroot/lib/bootstrap/css/",
  // htmx's swapping classes are its own; Bootstrap's transitions use these while they run.
  safelist: ["show", "showing", "hiding", "collapsing", "fade", "active", "disabled"],
};

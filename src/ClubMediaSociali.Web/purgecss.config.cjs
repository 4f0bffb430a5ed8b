// Bootstrap's style sheet trimmed to the rules the Club's pages use (run by the build, see the project file).
// The pages' markup, the C# that writes class names (tag helpers, view models) and our scripts are read for the
// words they hold; a rule stays when every class it names appears somewhere among them. Classes only scripts of
// others add at run time are kept by name below.
module.exports = {
  content: ["Features/**/*.cshtml", "Features/**/*.cs", "Infrastructure/**/*.cs", "wwwroot/js/**/*.js"],
  css: ["node_modules/bootstrap/dist/css/bootstrap.min.css"],
  output: "wwwroot/lib/bootstrap/css/",
  // Kept whatever the markup says: Bootstrap's state classes. No Bootstrap script runs any more (site.js opens the
  // menu with "show"), so this is a guard for a future script, not something a page needs today.
  safelist: ["show", "showing", "hiding", "collapsing", "fade", "active", "disabled"],
};

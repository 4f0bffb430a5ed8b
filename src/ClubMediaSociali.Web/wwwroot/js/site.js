// Marks that scripts run, so the stylesheet can keep the menu open for visitors without JavaScript.
document.documentElement.classList.add("js");

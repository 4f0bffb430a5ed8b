// Marks that scripts run, so the stylesheet can keep the menu open for visitors without JavaScript.
document.documentElement.classList.add("js");

// The member menu is a <details>: close it on Escape or on a click outside it.
document.addEventListener("click", (event) => {
    document.querySelectorAll("details.member-menu[open]").forEach((menu) => {
        if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
});
document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.member-menu[open]").forEach((menu) => {
        menu.removeAttribute("open");
        menu.querySelector("summary").focus();
    });
});

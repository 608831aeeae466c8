// The header's folded menus (language and main menu) open and close as plain details elements without this
// script. With it they also behave as people expect of a menu that opens over the page: Escape closes the open
// one and puts the focus back on its button, and a click or a tap elsewhere closes it.
(function () {
	'use strict';

	function openMenus() {
		return document.querySelectorAll('.site-header details[open]');
	}

	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Escape') {
			return;
		}
		openMenus().forEach(function (menu) {
			if (menu.contains(document.activeElement)) {
				menu.querySelector('summary').focus();
			}
			menu.open = false;
		});
	});

	document.addEventListener('click', function (event) {
		openMenus().forEach(function (menu) {
			if (!menu.contains(event.target)) {
				menu.open = false;
			}
		});
	});
})();

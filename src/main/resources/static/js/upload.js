// Sends the upload form with a progress bar. Without this script the form posts as usual and the browser shows its
// own progress; with it, the bar shows how much has been sent, and the answer (the channel page, or the form with
// its errors) replaces the page as a normal post would.
(function () {
	'use strict';

	function ready(fn) {
		if (document.readyState !== 'loading') {
			fn();
		} else {
			document.addEventListener('DOMContentLoaded', fn);
		}
	}

	function enhance(form) {
		var box = form.querySelector('.upload-progress');
		var bar = box.querySelector('progress');
		var percent = box.querySelector('[data-upload-percent]');
		var button = form.querySelector('button[type=submit]');
		form.addEventListener('submit', function (event) {
			if (!window.FormData || !window.XMLHttpRequest) {
				return;
			}
			event.preventDefault();
			var request = new XMLHttpRequest();
			request.open('POST', form.action);
			request.upload.addEventListener('progress', function (progress) {
				if (progress.lengthComputable) {
					var done = Math.floor(progress.loaded * 100 / progress.total);
					bar.value = done;
					percent.textContent = done + '%';
				}
			});
			request.addEventListener('load', function () {
				// The answer is the page a plain post would have shown (the redirect is already
				// followed, and the notice with it): show it in place.
				var page = new DOMParser().parseFromString(request.responseText, 'text/html');
				var main = page.querySelector('main');
				if (main) {
					if (request.status < 400 && request.responseURL) {
						window.history.replaceState(null, '', request.responseURL);
					}
					document.querySelector('main').replaceWith(main);
					var summary = main.querySelector('.error-summary');
					if (summary) {
						summary.focus();
					} else {
						main.focus();
					}
					main.querySelectorAll("form[data-upload]").forEach(enhance);
					if (window.htmx) {
						htmx.process(main);
					}
				} else {
					form.submit();
				}
			});
			request.addEventListener('error', function () {
				button.disabled = false;
				box.hidden = true;
			});
			box.hidden = false;
			button.disabled = true;
			request.send(new FormData(form));
		});
	}

	ready(function () {
		document.querySelectorAll('form[data-upload]').forEach(enhance);
	});
}());

// The station's player. The page's <video> already names the HLS playlist, which Safari and recent Chromium play
// themselves; where hls.js can run, it plays instead, for adaptive quality and the quality choice. The player also
// reports how long it has been watched to the viewing's signed address (no session, no cookie needed).
(function () {
	'use strict';

	var REPORT_EVERY = 10;

	function ready(fn) {
		if (document.readyState !== 'loading') {
			fn();
		} else {
			document.addEventListener('DOMContentLoaded', fn);
		}
	}

	function attachHls(figure, video, source, live) {
		var select = figure.querySelector('[data-quality]');
		var qualityBox = figure.querySelector('.player-quality');
		var errorBox = figure.querySelector('.player-error');
		// The page's CSP allows no blob: workers; hls.js then works on the main thread.
		var hls = new Hls({ enableWorker: false, liveSyncDurationCount: 2 });
		video.removeAttribute('src');
		video.load();
		hls.on(Hls.Events.MANIFEST_PARSED, function () {
			figure.setAttribute('data-levels', hls.levels.map(function (level) { return level.height; }).join(','));
			if (hls.levels.length > 1) {
				hls.levels.forEach(function (level, index) {
					var option = document.createElement('option');
					option.value = String(index);
					option.textContent = level.height + 'p';
					select.appendChild(option);
				});
				qualityBox.hidden = false;
			}
		});
		select.addEventListener('change', function () {
			hls.currentLevel = parseInt(select.value, 10);
		});
		hls.on(Hls.Events.ERROR, function (event, data) {
			if (!data.fatal) {
				return;
			}
			if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
				hls.recoverMediaError();
			} else if (live && data.type === Hls.ErrorTypes.NETWORK_ERROR) {
				// A live playlist may lag a moment behind the encoder: try again shortly.
				setTimeout(function () { hls.startLoad(); }, 2000);
			} else {
				errorBox.hidden = false;
			}
		});
		hls.loadSource(source);
		hls.attachMedia(video);
	}

	function reportWatching(figure, video) {
		var address = figure.getAttribute('data-report');
		if (!address) {
			return;
		}
		var watched = 0;
		var reported = -1;
		function send(useBeacon) {
			if (watched === reported) {
				return;
			}
			reported = watched;
			var url = address + '&seconds=' + watched;
			if (useBeacon && navigator.sendBeacon) {
				navigator.sendBeacon(url);
			} else {
				fetch(url, { method: 'POST', keepalive: true, credentials: 'omit' }).catch(function () {});
			}
		}
		video.addEventListener('playing', function () {
			if (reported < 0) {
				send(false);
			}
		});
		setInterval(function () {
			if (!video.paused && !video.ended && video.readyState > 2) {
				watched += 1;
				if (watched % REPORT_EVERY === 0) {
					send(false);
				}
			}
		}, 1000);
		window.addEventListener('pagehide', function () { send(true); });
	}

	ready(function () {
		document.querySelectorAll('[data-player]').forEach(function (figure) {
			var video = figure.querySelector('video');
			var source = video.getAttribute('src');
			var live = figure.getAttribute('data-live') === 'true';
			if (window.Hls && Hls.isSupported()) {
				attachHls(figure, video, source, live);
			}
			if (live) {
				// Browsers start a muted video by themselves; the viewer unmutes with the controls.
				video.muted = true;
				video.play().catch(function () {});
			}
			reportWatching(figure, video);
		});
	});
}());

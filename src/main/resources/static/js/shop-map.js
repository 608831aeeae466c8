// Draws a producer's point on a Leaflet map where the Leaflet WebJar is served. The page works without it: the
// address and the OpenStreetMap link stay; if Leaflet or the tiles cannot be loaded, nothing but the link shows.
(function () {
	'use strict';

	var LEAFLET = '/webjars/leaflet/dist/';
	var TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

	function ready(fn) {
		if (document.readyState !== 'loading') {
			fn();
		} else {
			document.addEventListener('DOMContentLoaded', fn);
		}
	}

	function load(then) {
		if (window.L) {
			then();
			return;
		}
		var css = document.createElement('link');
		css.rel = 'stylesheet';
		css.href = LEAFLET + 'leaflet.css';
		document.head.appendChild(css);
		var script = document.createElement('script');
		script.src = LEAFLET + 'leaflet.js';
		script.onload = then;
		document.head.appendChild(script);
	}

	function draw(element) {
		var lat = parseFloat(element.getAttribute('data-lat'));
		var lon = parseFloat(element.getAttribute('data-lon'));
		if (isNaN(lat) || isNaN(lon) || !window.L) {
			return;
		}
		element.style.height = '18rem';
		var map = window.L.map(element, { scrollWheelZoom: false }).setView([lat, lon], 14);
		window.L.tileLayer(TILES, { maxZoom: 18, attribution: '&copy; OpenStreetMap contributors' }).addTo(map);
		window.L.marker([lat, lon], { title: element.getAttribute('data-label') || '' }).addTo(map);
	}

	ready(function () {
		var maps = document.querySelectorAll('.shop-map[data-lat]');
		if (maps.length === 0) {
			return;
		}
		load(function () {
			Array.prototype.forEach.call(maps, draw);
		});
	});
}());

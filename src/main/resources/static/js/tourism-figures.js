// Draws the region's figures with Chart.js. The page holds the same figures in tables, with
// hidden counts as "fewer than 5", so nothing is lost where this script does not run; a hidden
// count is a gap in the chart, never a number.
(function () {
	'use strict';

	var COLOURS = ['#1d3b6e', '#b34a1a', '#2e7d32', '#6a4c93'];

	function ready(fn) {
		if (document.readyState !== 'loading') {
			fn();
		} else {
			document.addEventListener('DOMContentLoaded', fn);
		}
	}

	function bar(canvas, labels, datasets, axisLabel) {
		return new Chart(canvas, {
			type: 'bar',
			data: { labels: labels, datasets: datasets },
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				scales: { y: { ticks: { precision: 0 }, title: { display: !!axisLabel, text: axisLabel || '' } } }
			}
		});
	}

	ready(function () {
		var source = document.getElementById('figures-chart-data');
		if (!source || typeof Chart === 'undefined') {
			return;
		}
		var data = JSON.parse(source.textContent);
		var large = document.documentElement.classList.contains('text-large');
		Chart.defaults.font.size = large ? 18 : 15;
		Chart.defaults.color = '#1b1f24';
		var visitors = document.getElementById('figures-visitors-chart');
		if (visitors) {
			bar(visitors, data.visitors.labels, data.visitors.series.map(function (series, i) {
				return { label: series.label, data: series.values, backgroundColor: COLOURS[i % COLOURS.length] };
			}), data.visitors.axisLabel);
		}
		var programmes = document.getElementById('figures-programmes-chart');
		if (programmes) {
			bar(programmes, data.programmes.labels,
				[{ label: data.programmes.seriesLabel, data: data.programmes.values, backgroundColor: COLOURS[0] }]);
		}
		var scores = document.getElementById('figures-scores-chart');
		if (scores) {
			bar(scores, data.scores.labels,
				[{ label: data.scores.seriesLabel, data: data.scores.values, backgroundColor: COLOURS[2] }]);
		}
		document.documentElement.dataset.chartsDrawn = 'true';
	});
}());

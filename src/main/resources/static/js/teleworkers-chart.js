// Draws the region's teleworkers per week with Chart.js. The page holds the same figures in a
// table, so nothing is lost where this script does not run.
(function () {
	'use strict';

	function ready(fn) {
		if (document.readyState !== 'loading') {
			fn();
		} else {
			document.addEventListener('DOMContentLoaded', fn);
		}
	}

	ready(function () {
		var source = document.getElementById('teleworkers-chart-data');
		var canvas = document.getElementById('teleworkers-chart');
		if (!source || !canvas || typeof Chart === 'undefined') {
			return;
		}
		var data = JSON.parse(source.textContent);
		var large = document.documentElement.classList.contains('text-large');
		Chart.defaults.font.size = large ? 18 : 15;
		Chart.defaults.color = '#1b1f24';
		new Chart(canvas, {
			type: 'bar',
			data: {
				labels: data.labels,
				datasets: [{
					label: data.seriesLabel,
					data: data.values,
					backgroundColor: '#1d3b6e'
				}]
			},
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				scales: {
					y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.axisLabel } }
				}
			}
		});
		document.documentElement.dataset.chartsDrawn = 'true';
	});
}());

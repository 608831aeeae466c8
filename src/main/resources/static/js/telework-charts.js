// Draws the seed's telework figures with Chart.js. The page holds the same figures in tables, so
// nothing is lost where this script does not run.
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
		var source = document.getElementById('telework-chart-data');
		if (!source || typeof Chart === 'undefined') {
			return;
		}
		var data = JSON.parse(source.textContent);
		var large = document.documentElement.classList.contains('text-large');
		Chart.defaults.font.size = large ? 18 : 15;
		Chart.defaults.color = '#1b1f24';

		var shares = data.shares;
		var shareCanvas = document.getElementById('telework-share-chart');
		if (shareCanvas) {
			new Chart(shareCanvas, {
				type: 'bar',
				data: {
					labels: shares.labels,
					datasets: [{
						label: shares.seriesLabel,
						data: shares.values,
						backgroundColor: shares.values.map(function (value, index) {
							return index === 0 ? '#b3261e' : '#1d3b6e';
						})
					}, {
						type: 'line',
						label: shares.goalLabel,
						data: shares.values.map(function () { return shares.goal; }),
						borderColor: '#1e6b35',
						borderDash: [8, 6],
						pointRadius: 0,
						fill: false
					}]
				},
				options: {
					responsive: true,
					maintainAspectRatio: false,
					animation: false,
					scales: {
						y: { beginAtZero: true, suggestedMax: 22, title: { display: true, text: shares.axisLabel } }
					}
				}
			});
		}

		var count = data.count;
		var countCanvas = document.getElementById('telework-count-chart');
		if (countCanvas) {
			new Chart(countCanvas, {
				type: 'bar',
				data: {
					labels: count.labels,
					datasets: [{
						label: count.seriesLabel,
						data: count.values,
						backgroundColor: ['#1d3b6e', '#7a8aa8']
					}]
				},
				options: {
					responsive: true,
					maintainAspectRatio: false,
					animation: false,
					indexAxis: 'y',
					scales: { x: { beginAtZero: true, title: { display: true, text: count.axisLabel } } }
				}
			});
		}
		document.documentElement.dataset.chartsDrawn = 'true';
	});
}());

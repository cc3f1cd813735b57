// The deliveries page's doughnut of counts per state, drawn by Chart.js from the webjar with the numbers the page was rendered with.
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('delivery-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    new Chart(canvas, {
        type: 'doughnut',
        data: {
            labels: canvas.dataset.labels.split('|'),
            datasets: [{
                data: canvas.dataset.counts.split('|').map(Number),
                backgroundColor: ['#b7791f', '#2563eb', '#1a7f37', '#c62828', '#6b7280']
            }]
        },
        options: { responsive: false, plugins: { legend: { position: 'right' } } }
    });
});

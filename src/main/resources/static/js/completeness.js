// The completeness page's deadline countdown (updated every second, red inside the alert window) and the indicator page's
// chart (Chart.js from the webjar; the series and reference lines come from the page in data-chart).
(function () {
    function countdown(el) {
        var deadline = Date.parse(el.dataset.deadline);
        var alertMillis = Number(el.dataset.alertSeconds) * 1000;
        function fill(template, days, hours) {
            return template.replace('{d}', days).replace('{h}', hours).replace('{p}', el.dataset.period).replace('{due}', el.dataset.due);
        }
        function tick() {
            var left = deadline - Date.now();
            if (left <= 0) {
                el.textContent = fill(el.dataset.passed, 0, 0);
                el.classList.replace('status-amber', 'status-red');
                return;
            }
            el.textContent = fill(el.dataset.template, Math.floor(left / 86400000), Math.floor(left / 3600000) % 24);
            var urgent = left <= alertMillis;
            el.classList.toggle('status-red', urgent);
            el.classList.toggle('status-amber', !urgent);
        }
        tick();
        setInterval(tick, 1000);
    }

    function chart(canvas) {
        var data = JSON.parse(canvas.dataset.chart);
        var palette = ['#0f3d6e', '#1a7f37', '#7c3aed', '#b45309'];
        var datasets = data.series.map(function (s, i) {
            return { label: s.label, data: s.values, borderColor: palette[i % palette.length], spanGaps: true, tension: 0.1 };
        });
        data.references.forEach(function (r) {
            datasets.push({ label: r.label, data: data.periods.map(function () { return r.value; }), borderColor: '#c62828',
                borderDash: [6, 4], pointRadius: 0, borderWidth: 1 });
        });
        canvas.chart = new Chart(canvas, { type: 'line', data: { labels: data.periods, datasets: datasets },
            options: { animation: false, responsive: true, scales: { y: { title: { display: true, text: data.unitOfMeasure } } } } });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var el = document.getElementById('countdown');
        if (el) {
            countdown(el);
        }
        var canvas = document.getElementById('indicator-chart');
        if (canvas && window.Chart) {
            chart(canvas);
        }
    });
})();

// Every htmx request carries the session's CSRF token, as Spring Security asks of any state-changing request.
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});

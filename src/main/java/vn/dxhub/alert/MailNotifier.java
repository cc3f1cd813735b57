package vn.dxhub.alert;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails each notice to hub.alerts.mail.to through the SMTP server of spring.mail.* (Spring Boot makes the mail
 * sender only when spring.mail.host is set). Subject Vietnamese first; body in Vietnamese, then English.
 */
@Component
class MailNotifier implements AlertNotifier {

    private final ObjectProvider<JavaMailSender> sender;
    private final AlertSettings.Mail settings;

    MailNotifier(ObjectProvider<JavaMailSender> sender, AlertSettings settings) {
        this.sender = sender;
        this.settings = settings.getMail();
    }

    @Override
    public String name() {
        return "e-mail";
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null && !settings.getTo().isEmpty() && settings.getFrom() != null && !settings.getFrom().isBlank();
    }

    @Override
    public void send(Notice notice) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.getFrom());
        mail.setTo(settings.getTo().toArray(String[]::new));
        mail.setSubject(NoticeText.subject(notice));
        mail.setText(NoticeText.body(notice));
        sender.getObject().send(mail);
    }
}

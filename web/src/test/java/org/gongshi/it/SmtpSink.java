package org.gongshi.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The SMTP server the test server sends its mail to ({@code gongshi.it.smtp.port}). */
final class SmtpSink implements AutoCloseable {
  final GreenMail smtp;

  private SmtpSink() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("gongshi.it.smtp.port", 3025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  static SmtpSink start() {
    return new SmtpSink();
  }

  @Override
  public void close() {
    smtp.stop();
  }

  /** Every mail received so far with this address among its recipients. */
  List<MimeMessage> mailsTo(String email) {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email)) out.add(m);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  static String text(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

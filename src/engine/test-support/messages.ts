/**
 * Bounce messages written for the tests (not copied from any corpus): small, but shaped like
 * the real thing, so each reader is exercised on its own format.
 */

export const POSTFIX_DSN = `Return-Path: <>
Received: by mx.sender.example (Postfix) id 4B2C1; Mon,  3 Mar 2025 10:00:02 +0000 (UTC)
Date: Mon,  3 Mar 2025 10:00:02 +0000 (UTC)
From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: alice@sender.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4B2C1.1741000002/mx.sender.example"
Message-Id: <20250303100002.4B2C1@mx.sender.example>

This is a MIME-encapsulated message.

--4B2C1.1741000002/mx.sender.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<bob@receiver.example>: host mx1.receiver.example[198.51.100.7] said: 550 5.1.1
    <bob@receiver.example>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

<carol@receiver.example>: host mx1.receiver.example[198.51.100.7] said: 452
    4.2.2 <carol@receiver.example>: Mailbox full (in reply to RCPT TO command)

--4B2C1.1741000002/mx.sender.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sender.example
Arrival-Date: Mon,  3 Mar 2025 10:00:01 +0000 (UTC)

Final-Recipient: rfc822; bob@receiver.example
Original-Recipient: rfc822;bob@receiver.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.receiver.example
Diagnostic-Code: smtp; 550 5.1.1 <bob@receiver.example>: Recipient address
    rejected: User unknown in local recipient table

Final-Recipient: rfc822; carol@receiver.example
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx1.receiver.example
Diagnostic-Code: smtp; 452 4.2.2 <carol@receiver.example>: Mailbox full

--4B2C1.1741000002/mx.sender.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Received: from laptop.sender.example (dsl-203-0-113-45.isp.example [203.0.113.45])
	by mx.sender.example (Postfix) with ESMTPSA id 4B2C1
	for <bob@receiver.example>; Mon,  3 Mar 2025 10:00:01 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.example;
	s=mail2025; h=from:to:subject:date; bh=abc=; b=def=
Authentication-Results: mx.sender.example; spf=pass smtp.mailfrom=sender.example
From: Alice <alice@sender.example>
To: bob@receiver.example, carol@receiver.example
Subject: =?UTF-8?B?UXVhcnRlcmx5IHJlcG9ydCDinIU=?=
Message-ID: <report-1@sender.example>
Date: Mon, 3 Mar 2025 10:00:00 +0000

--4B2C1.1741000002/mx.sender.example--
`;

export const EXIM_TEXT = `From: Mail Delivery System <Mailer-Daemon@mail.sender.example>
To: dave@sender.example
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  erin@receiver.example
    host mx.receiver.example [192.0.2.25]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected as spam by Content Filtering

------ This is a copy of the message, including all the headers. ------

Return-path: <dave@sender.example>
From: Dave <dave@sender.example>
To: erin@receiver.example
Subject: Cheap offers

Buy now.
`;

export const GMAIL_AUTH_SMTP = `550-5.7.26 This mail has been blocked because the sender is unauthenticated.
550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
550-5.7.26 Authentication results: DKIM = did not pass SPF [sender.example] with ip: [192.0.2.9] = did not pass
550 5.7.26  For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication x-gsmtp`;

export const SEED = '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)';

export const ARF_REPORT = `From: feedback@mailbox.example
To: abuse@sender.example
Subject: Abuse report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

--arf
Content-Type: text/plain

This is an email abuse report for a message received from IP 192.0.2.9.

--arf
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Source-IP: 192.0.2.9
Original-Mail-From: <news@sender.example>
Original-Rcpt-To: <reader@mailbox.example>
Arrival-Date: Tue, 4 Mar 2025 08:00:00 +0000

--arf
Content-Type: message/rfc822

From: news@sender.example
To: reader@mailbox.example
Subject: Weekly news

Hello.
--arf--
`;

/** Replace LF with another line ending. */
export const withEndings = (text: string, ending: '\r\n' | '\r') => text.replace(/\n/g, ending);

/** Volume: too much mail too fast, too many connections or recipients at once. */
import { rule } from './rule.ts';
import { SRC } from './sources.ts';

export const RATE_WORDINGS = [
  rule(
    'toomanyconn.connections',
    /\btoo many (?:concurrent |simultaneous )?(?:connections|sessions|smtp sessions|recipients|rcpts?|deliveries|recipient attempts|bad recipients|messages in this connection|messages sent)\b(?! (?:received this hour|from \S+ this hour))|\btoo many concurrent\b|\bconcurrency limit\b|\bconnection (?:frequency )?limit\b|\bconnection frequency limited|\bmax(?:imum)? (?:number of )?(?:messages?|recipients|connections) (?:per (?:connection|session)|exceeded|reached)|\bexceded the max number of messages per session|\b(?:number of rcpt attempts|total of rcpts) is achieved the maximum|reciplimit|\btrop de connexions|\btoo frequent connects|\b(?:batch|recipients per (?:connection|message)) limit reached|\bconnections \d+ exceed|\brejected for too many bad recipients|\bmaximum number of recipients\b|\bmaximum number of concurrent (?:server )?connections\b/,
    '452 4.5.3 Too many recipients',
    SRC.rfc5321,
  ),
  rule(
    'speeding.too-many-from',
    /\btoo (?:many|much) (?:new tls sessions|auth commands|recipients|messages|mail) from \S+/,
    '450 4.7.1 Error: too much mail from 192.0.2.45',
    'https://www.postfix.org/anvil.8.html',
    { outranks: ['toomanyconn.connections', 'failedstarttls.tls'] },
  ),
  rule(
    'speeding.rate',
    /\brate[- ]?limit(?:ed|s)?\b|\brate (?:control|exceeded)\b|\breceiving mail (?:at a rate|too quickly)|\bmail too quickly\b|\btoo fast\b|\bthrottl|\bslow down\b|\b(?:domain|sender) frequency limited|\bexcessive volume|\b(?:sending|submission|throttling|daily|hourly|recipient|recipients domain (?:daily|hourly)|sender(?: domain)? (?:daily|hourly)) (?:quota|limit) (?:exceeded|reached)|\b(?:daily|hourly) (?:message |sending )?(?:limit|quota)\b|\bper (?:hour|second|day) (?:message )?(?:receive )?limit|\bmessages per second limit|\bsubmission quota was exceeded|\btoo much mail from\b|\btoo many (?:messages|recipients received) (?:this hour|from \S+)|\b(?:you )?sen[dt] too many messages|\bhas sent too many messages this hour|\bmaximum credits exceeded|\bpeak smtp relay limit|\bthread limit exceeded|\bsubmissionquotaexceeded|\breached your daily limit|\bexceeded its daily limit|\bmax rcpt to daily limit|\bratelimit "[^"]*" exceeded|\bhas exceeded \d+ messages?|\bexceed \d+\/\d+s\b|\brecipient list over package quota|\bhas exceeded permitted limits within\b|\baccess denied, please try again later|\btoo many recent messages\b|\breceived too much e-?mail in a short period|\bnumber of messages exceeded\b|\bmail flood detected\b/,
    '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
    SRC.gmail,
  ),
];

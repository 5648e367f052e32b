/**
 * Publication of penalty decisions: the 7-working-day clock, the redaction proposal and the
 * officer's masks, approval, the public copy (portal entities), withdrawal, expiry and reminders.
 * Writes the portal's public copy; the portal never reads back.
 */
package org.gongshi.disclosure.boundary;

/**
 * Redaction proposals for publishing penalty decisions (Administrative Penalty Law Art. 48 and 50;
 * DOMAIN.md §3). The {@link org.gongshi.disclosure.control.Redactor} proposes spans to mask; an
 * officer keeps some unmasked or adds manual ones on the {@link
 * org.gongshi.disclosure.control.RedactionProposal}, whose {@code apply} gives the public text.
 *
 * <p>Masked: valid identity card numbers, phone numbers, bank card and account numbers, natural
 * persons' home addresses, the natural-person party's name and other natural persons' names (known
 * to the case, or found by HanLP). Kept: organisation names, USCC, decision numbers, facts, legal
 * bases and penalties.
 *
 * <p>Plain Java plus HanLP; uses {@code org.gongshi.platform.id}; no boundary or entity imports.
 */
package org.gongshi.disclosure.control;

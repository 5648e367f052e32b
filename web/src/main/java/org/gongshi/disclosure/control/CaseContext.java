package org.gongshi.disclosure.control;

import java.util.Objects;
import java.util.Set;
import org.gongshi.platform.id.PartyKind;

/**
 * What the case file knows about the people and organisations a decision names.
 *
 * @param partyKind the first party's kind
 * @param partyName the first party: a person's name, an organisation's name, or an individual
 *     business's name (字号)
 * @param personNames other natural persons to mask: witnesses, agents, family members
 * @param organisationNames organisations to keep (the party's own name is kept when not a person)
 * @param publicNames persons whose names are public and kept: the enforcement officers (published
 *     before enforcement) and the legal representative or principal of an organisation party (a
 *     field of the national 双公示 data)
 * @param partyPersons further natural persons masked as parties (by the party-name rule): other
 *     natural-person parties and the operators (经营者) of individual businesses
 * @param keepTerms the agency's own terms never masked as a name (a local place or shop name that
 *     looks like one); a term inside a party's name is ignored, the party rule wins
 * @param maskTerms the agency's own terms masked wherever they stand
 */
public record CaseContext(
    PartyKind partyKind,
    String partyName,
    Set<String> personNames,
    Set<String> organisationNames,
    Set<String> publicNames,
    Set<String> partyPersons,
    Set<String> keepTerms,
    Set<String> maskTerms) {

  public CaseContext {
    Objects.requireNonNull(partyKind, "partyKind");
    Objects.requireNonNull(partyName, "partyName");
    personNames = Set.copyOf(personNames);
    organisationNames = Set.copyOf(organisationNames);
    publicNames = Set.copyOf(publicNames);
    partyPersons = Set.copyOf(partyPersons);
    keepTerms = Set.copyOf(keepTerms);
    maskTerms = Set.copyOf(maskTerms);
  }

  public CaseContext(
      PartyKind partyKind,
      String partyName,
      Set<String> personNames,
      Set<String> organisationNames,
      Set<String> publicNames,
      Set<String> partyPersons) {
    this(
        partyKind,
        partyName,
        personNames,
        organisationNames,
        publicNames,
        partyPersons,
        Set.of(),
        Set.of());
  }

  public CaseContext(
      PartyKind partyKind,
      String partyName,
      Set<String> personNames,
      Set<String> organisationNames,
      Set<String> publicNames) {
    this(partyKind, partyName, personNames, organisationNames, publicNames, Set.of());
  }

  /** A case about a natural person, with other persons to mask. */
  public static CaseContext naturalPerson(String name, Set<String> personNames) {
    return new CaseContext(PartyKind.NATURAL_PERSON, name, personNames, Set.of(), Set.of());
  }

  /** A case about an organisation, with persons to mask (witnesses, agents). */
  public static CaseContext organisation(String name, Set<String> personNames) {
    return new CaseContext(PartyKind.ORGANISATION, name, personNames, Set.of(), Set.of());
  }

  /** The same case with more organisations to keep. */
  public CaseContext withOrganisations(Set<String> names) {
    return new CaseContext(
        partyKind, partyName, personNames, names, publicNames, partyPersons, keepTerms, maskTerms);
  }

  /** The same case with public names (officers, an organisation's legal representative) kept. */
  public CaseContext withPublicNames(Set<String> names) {
    return new CaseContext(
        partyKind,
        partyName,
        personNames,
        organisationNames,
        names,
        partyPersons,
        keepTerms,
        maskTerms);
  }

  /** The same case with more natural persons masked as parties. */
  public CaseContext withPartyPersons(Set<String> names) {
    return new CaseContext(
        partyKind,
        partyName,
        personNames,
        organisationNames,
        publicNames,
        names,
        keepTerms,
        maskTerms);
  }

  /** The same case with the party's name. */
  public CaseContext withPartyName(String name) {
    return new CaseContext(
        partyKind,
        name,
        personNames,
        organisationNames,
        publicNames,
        partyPersons,
        keepTerms,
        maskTerms);
  }

  /** The same case with the agency's local terms: kept as names never, masked always. */
  public CaseContext withLocalTerms(Set<String> keep, Set<String> mask) {
    return new CaseContext(
        partyKind,
        partyName,
        personNames,
        organisationNames,
        publicNames,
        partyPersons,
        keep,
        mask);
  }
}

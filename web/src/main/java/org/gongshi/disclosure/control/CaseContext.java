package org.gongshi.disclosure.control;

import java.util.Objects;
import java.util.Set;
import org.gongshi.platform.id.PartyKind;

/**
 * What the case file knows about the people and organisations a decision names.
 *
 * @param partyKind the party's kind
 * @param partyName the party: a person's name, an organisation's name, or an individual business's
 *     name (字号)
 * @param personNames other natural persons to mask: legal representative, operator, witnesses,
 *     agents
 * @param organisationNames organisations to keep (the party's own name is kept when not a person)
 * @param publicNames persons whose names are public and kept, e.g. the enforcement officers, whose
 *     names and certificate numbers are published before enforcement
 */
public record CaseContext(
    PartyKind partyKind,
    String partyName,
    Set<String> personNames,
    Set<String> organisationNames,
    Set<String> publicNames) {

  public CaseContext {
    Objects.requireNonNull(partyKind, "partyKind");
    Objects.requireNonNull(partyName, "partyName");
    personNames = Set.copyOf(personNames);
    organisationNames = Set.copyOf(organisationNames);
    publicNames = Set.copyOf(publicNames);
  }

  /** A case about a natural person, with other persons to mask. */
  public static CaseContext naturalPerson(String name, Set<String> personNames) {
    return new CaseContext(PartyKind.NATURAL_PERSON, name, personNames, Set.of(), Set.of());
  }

  /** A case about an organisation, with persons to mask (legal representative, witnesses). */
  public static CaseContext organisation(String name, Set<String> personNames) {
    return new CaseContext(PartyKind.ORGANISATION, name, personNames, Set.of(), Set.of());
  }

  /** The same case with more organisations to keep. */
  public CaseContext withOrganisations(Set<String> names) {
    return new CaseContext(partyKind, partyName, personNames, names, publicNames);
  }

  /** The same case with public names (officers) to keep. */
  public CaseContext withPublicNames(Set<String> names) {
    return new CaseContext(partyKind, partyName, personNames, organisationNames, names);
  }
}

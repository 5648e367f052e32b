package org.gongshi.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongshi.archive.entity.Agency;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.ItemVersion;
import org.gongshi.platform.Settings;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.IndexStore;
import org.gongshi.search.index.PublicField;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;

/**
 * Power-list items in the public index (the portal's Chinese search). Rebuilt from the database
 * at start-up and refreshed for an agency after each import; only published data goes in.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicCatalogIndex {
  private static final Logger LOG = Logger.getLogger(PublicCatalogIndex.class.getName());

  @Inject Settings settings;
  @Inject Catalogs catalogs;

  private IndexStore store;
  private SearchExecutor executor;

  @PostConstruct
  void open() {
    try {
      store = IndexStore.open(settings.indexDir().resolve("public"), IndexSchema.PUBLIC);
      executor = new SearchExecutor(IndexSchema.PUBLIC, store.analyzer());
      List<IndexDocument> docs = new ArrayList<>();
      for (Agency a : catalogs.agencies()) {
        for (ItemVersion v : catalogs.listOn(a.getId(), LocalDate.now())) docs.add(document(a, v.data()));
      }
      store.rebuild(docs.iterator(), store.lastAppliedSequence());
      LOG.info("Public index: " + docs.size() + " power-list items");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() {
    try {
      store.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the public index", e);
    }
  }

  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW) // the import's transaction has ended
  public void onImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) Catalogs.CatalogChanged event) {
    try {
      Agency a = catalogs.agency(event.agencyId());
      for (var code : catalogs.versions(a.getId()).listOn(LocalDate.now()).stream().map(ItemVersion::code).toList()) {
        var v = catalogs.versions(a.getId()).inForce(code, LocalDate.now());
        if (v.isPresent() && !v.get().withdrawn()) store.upsert(document(a, v.get().data()));
        else store.delete(id(a.getId(), code));
      }
      store.commit(store.lastAppliedSequence());
      store.refresh();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Updating the public index after a catalog import failed; it is rebuilt at the next start", e);
    }
  }

  /** Item codes matching the words, per the portal's Chinese analysis ("agencyId:code"). */
  public Set<String> matching(String q, Long agencyId) {
    SearchRequest r = SearchRequest.of(q).withFilter("kind", Set.of("item")).withPageSize(1000).withFacets(false).withHighlight(false);
    if (agencyId != null) r = r.withFilter("agencyId", Set.of(String.valueOf(agencyId)));
    SearchRequest request = r;
    try {
      return store.withSearcher(s -> executor.execute(s, request)).hits().stream()
          .map(h -> h.id().substring("item:".length())).collect(java.util.stream.Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String id(long agencyId, String code) { return "item:" + agencyId + ":" + code; }

  private static IndexDocument document(Agency a, CatalogItemData d) {
    return IndexDocument.builder(id(a.getId(), d.code()))
        .add(PublicField.KIND, "item")
        .add(PublicField.AGENCY_ID, String.valueOf(a.getId()))
        .add(PublicField.AGENCY_NAME, a.getName())
        .add(PublicField.TITLE, d.name())
        .add(PublicField.ITEM_CODE, d.code())
        .add(PublicField.ITEM_CATEGORY, d.kind().label())
        .add(PublicField.DOMAIN, d.domain())
        .add(PublicField.LEGAL_BASIS, d.legalBasis().citation() + " " + d.legalBasis().text())
        .add(PublicField.CONTENT, d.enforcementUnit() + " " + d.responsibilities())
        .build();
  }
}

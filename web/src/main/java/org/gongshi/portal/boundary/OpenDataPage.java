package org.gongshi.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.gongshi.portal.control.OpenDataCsv;

/** The open-data page: downloads, data dictionary, licence and the API description. */
@Named("openData")
@RequestScoped
public class OpenDataPage {
  public List<OpenDataCsv.Column> getColumns() {
    return OpenDataCsv.DICTIONARY;
  }
}

package org.gongshi.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the WAR the build just packaged. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive gongshi() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("gongshi.war", "target/gongshi.war")));
  }
}

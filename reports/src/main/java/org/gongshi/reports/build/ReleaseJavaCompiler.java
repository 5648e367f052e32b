package org.gongshi.reports.build;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRAbstractMultiClassCompiler;

/**
 * JasperReports expression compiler that emits bytecode for a fixed Java release (system property
 * {@code gongshi.jasper.release}, default 21), so templates compiled by a newer build JDK still
 * load on a Java 21 server. JasperReports' own JDK compiler targets the build JDK.
 *
 * <p>The class name is recorded in every {@code .jasper}; at run time JasperReports instantiates it
 * only to load the precompiled expression classes (nothing is compiled then).
 */
public class ReleaseJavaCompiler extends JRAbstractMultiClassCompiler {

  /** System property holding the target release. */
  public static final String RELEASE_PROPERTY = "gongshi.jasper.release";

  /**
   * @param context JasperReports context
   */
  public ReleaseJavaCompiler(JasperReportsContext context) {
    super(context);
  }

  @Override
  public String compileClasses(File[] sourceFiles, String classpath) throws JRException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                System.getProperty(RELEASE_PROPERTY, "21"),
                "-nowarn",
                "-encoding",
                "UTF-8",
                "-classpath",
                classpath));
    for (File f : sourceFiles) {
      args.add(f.getPath());
    }
    return Javac.run(args);
  }

  /** Kept apart so that loading the outer class at run time never touches javax.tools. */
  private static final class Javac {

    static String run(List<String> args) throws JRException {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      if (javac == null) {
        throw new JRException(
            "no system Java compiler: build with a JDK, not a JRE", (Object[]) null);
      }
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int rc = javac.run(null, null, err, args.toArray(String[]::new));
      return rc == 0 ? null : err.toString(StandardCharsets.UTF_8);
    }
  }
}

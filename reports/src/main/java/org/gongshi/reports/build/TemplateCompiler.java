package org.gongshi.reports.build;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (exec-maven-plugin, process-classes): compiles every {@code .jrxml} under a
 * source folder into a {@code .jasper} beside the classes, and writes the sRGB ICC profile used as
 * the PDF/A output intent. The runtime never compiles a template.
 */
public final class TemplateCompiler {

  /** Classpath location of the sRGB ICC profile written by this step. */
  public static final String ICC_RESOURCE = "org/gongshi/reports/icc/sRGB.icc";

  private TemplateCompiler() {}

  /**
   * Entry point.
   *
   * @param args jrxml source folder, output classes folder
   * @throws Exception on a template error (fails the build)
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: TemplateCompiler <jrxml dir> <classes dir>");
      System.exit(2);
    }
    // expression bytecode for the project's release, not the build JDK's
    DefaultJasperReportsContext.getInstance()
        .setProperty("net.sf.jasperreports.compiler.java", ReleaseJavaCompiler.class.getName());
    Path src = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    Path target = classes.resolve("org/gongshi/reports/templates");
    Files.createDirectories(target);
    List<Path> sources;
    try (Stream<Path> s = Files.list(src)) {
      sources = s.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path jrxml : sources) {
      String name = jrxml.getFileName().toString().replace(".jrxml", ".jasper");
      Path out = target.resolve(name);
      if (Files.exists(out)
          && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
        continue; // up to date
      }
      compile(jrxml, out);
    }
    writeIcc(classes.resolve(ICC_RESOURCE));
    System.out.println("[gongshi-reports] " + sources.size() + " templates in " + target);
  }

  private static void compile(Path jrxml, Path out) throws JRException {
    try {
      JasperCompileManager.compileReportToFile(jrxml.toString(), out.toString());
    } catch (JRException e) {
      throw new JRException("cannot compile " + jrxml + ": " + e.getMessage(), e);
    }
  }

  private static void writeIcc(Path file) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    }
  }
}

package org.gongshi.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API root. Described by OpenAPI at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Gongshi API",
            version = "0.1",
            description = "案卷归档与行政处罚公示系统 API。错误以 JSON {field, message} 返回。"))
public class GongshiApi extends Application {}

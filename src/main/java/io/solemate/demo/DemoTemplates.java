package io.solemate.demo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The demo page's type-safe templates, in {@code templates/demo/}; HTML templates escape every value. */
@CheckedTemplate(basePath = "demo")
final class DemoTemplates {

    private DemoTemplates() {
    }

    static native TemplateInstance home(HomePage page);

    static native TemplateInstance customer(CustomerPage page);

    static native TemplateInstance shoe(ShoePage page);

    static native TemplateInstance error(ErrorPage page);
}

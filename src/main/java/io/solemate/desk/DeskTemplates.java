package io.solemate.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The store desk's type-safe templates, in {@code templates/desk/}; HTML templates escape every value. */
@CheckedTemplate(basePath = "desk")
final class DeskTemplates {

    private DeskTemplates() {
    }

    static native TemplateInstance home(HomePage page);

    static native TemplateInstance customer(CustomerPage page);

    static native TemplateInstance pair(PairPage page);

    static native TemplateInstance shoe(ShoePage page);

    static native TemplateInstance signIn(SignInPage page);

    static native TemplateInstance error(ErrorPage page);
}

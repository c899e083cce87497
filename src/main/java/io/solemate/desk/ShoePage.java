package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.catalog.resources.ShoeView;
import io.solemate.customers.resources.CustomerView;
import io.solemate.recommend.api.SimilarView;
import java.util.List;

/**
 * A shoe and the shoes most like it; {@code similarUnavailable} explains an empty list before the first fit.
 * {@code customer} is the customer whose page led here (null otherwise), for the way back.
 */
@RegisterForReflection
public record ShoePage(ShoeView shoe, List<SimilarView.Item> similar, String similarUnavailable,
        CustomerView customer) {
}

package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.catalog.resources.ShoeView;
import io.solemate.recommend.api.SimilarView;
import java.util.List;

/** A shoe and the shoes most like it; {@code similarUnavailable} explains an empty list before the first fit. */
@RegisterForReflection
public record ShoePage(ShoeView shoe, List<SimilarView.Item> similar, String similarUnavailable) {
}

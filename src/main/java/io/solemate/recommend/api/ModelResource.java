package io.solemate.recommend.api;

import io.smallrye.mutiny.Uni;
import io.solemate.errors.Unavailable;
import io.solemate.recommend.serving.AnswerPrecomputer;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.training.ModelRunLog.Trigger;
import io.solemate.recommend.training.ModelTrainer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model")
public class ModelResource {

    private final ModelHolder holder;
    private final ModelTrainer trainer;
    private final AnswerPrecomputer precomputer;

    public ModelResource(ModelHolder holder, ModelTrainer trainer, AnswerPrecomputer precomputer) {
        this.holder = holder;
        this.trainer = trainer;
        this.precomputer = precomputer;
    }

    @GET
    @Path("/model")
    @Operation(summary = "The served model: version, fitted at, sizes, validation metrics, blend weights")
    public ModelView model() {
        return holder.current().map(model -> ModelView.of(model, precomputer.progress()
                        .filter(answers -> answers.modelVersion() == model.version()).orElse(null)))
                .orElseThrow(() -> new Unavailable(
                "No model has been fitted yet"));
    }

    @POST
    @Path("/admin/model/refresh")
    @Operation(summary = "Refit now and swap the new model in (answers when the fit is done; 409 while one runs)")
    public Uni<ModelTrainer.FitOutcome> refresh() {
        return trainer.refresh(Trigger.ADMIN);
    }
}

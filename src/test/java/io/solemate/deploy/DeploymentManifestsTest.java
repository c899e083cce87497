package io.solemate.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.solemate.testsupport.ConfigKeys;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps deploy/ (kustomize base and production overlay) and the Dockerfiles consistent with the application: every
 * manifest parses into fabric8's typed model without unknown fields, and the probes, ports, environment variables,
 * security settings and selectors agree with what the app and the images actually provide.
 *
 * <p>Manifests are read with Jackson 2 YAML straight into the fabric8 model classes. fabric8's own
 * {@code Serialization}/{@code KubernetesSerialization} from kubernetes-client-api 8.0.0 cannot load here: it needs
 * the 8.0.0 model, while the Quarkus BOM pins the fabric8 model artifacts to 7.5.2.
 */
class DeploymentManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path BASE = DEPLOY.resolve("base");
    private static final Path PRODUCTION = DEPLOY.resolve("overlays/production");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final List<Path> DOCKERFILES = List.of(
            DEPLOY.resolve("Dockerfile.jvm"), DEPLOY.resolve("Dockerfile.native"));

    private static final String APP_NAME = "solemate";
    private static final String KUSTOMIZATION = "kustomization.yaml";
    /** Files that document a resource but must never be applied (a Secret template would overwrite the real one). */
    private static final String TEMPLATE_SUFFIX = ".template.yaml";

    private static final String LIVENESS_PATH = "/q/health/live";
    private static final String READINESS_PATH = "/q/health/ready";
    private static final String STARTUP_PATH = "/q/health/started";
    /** "Started" waits for the first model, and a first fit on an empty model store takes minutes on 2 cores. */
    private static final Duration MIN_STARTUP_BUDGET = Duration.ofMinutes(10);

    /** Read by the platform rather than by application.properties: Quarkus selects its profile, java its options. */
    private static final Set<String> PLATFORM_ENV = Set.of("QUARKUS_PROFILE", "JDK_JAVA_OPTIONS");
    private static final Set<String> SECRET_ENV = Set.of("SOLEMATE_DB_USER", "SOLEMATE_DB_PASSWORD", "SOLEMATE_API_KEYS",
            "SOLEMATE_DESK_SESSION_KEY");
    private static final Pattern PLACEHOLDER = Pattern.compile("REPLACE_ME(_[A-Z0-9_]+)?");
    /** Credentials, and the store desk's staff accounts (name and password digest) and session key. */
    private static final Pattern SECRET_LOOKING_NAME = Pattern.compile(
            ".*(PASSWORD|SECRET|TOKEN|API_KEY|DB_USER|SESSION_KEY|SECURITY_USERS).*");
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)");

    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "v1 Service", Service.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Folder base;
    private static Folder production;
    private static Properties applicationProperties;

    @BeforeAll
    static void parseEverything() throws IOException {
        base = Folder.parse(BASE);
        production = Folder.parse(PRODUCTION);
        applicationProperties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES)) {
            applicationProperties.load(reader);
        }
    }

    @Test
    void everyManifestParsesIntoTheTypedModelWithoutUnknownFields() {
        for (Folder folder : List.of(base, production)) {
            assertFalse(folder.resources.isEmpty(), folder.dir + " has no manifests");
            folder.resources.forEach((file, resource) -> {
                List<String> unknown = new ArrayList<>();
                collectUnknownFields(resource, resource.getKind(), unknown);
                assertTrue(unknown.isEmpty(), file + " has fields Kubernetes does not know: " + unknown);
            });
        }
    }

    @Test
    void probesUseTheSmallRyeHealthPathsOnTheHttpPort() {
        Container container = appContainer();
        int httpPort = containerPort(container, "http").getContainerPort();
        assertEquals(8080, httpPort);
        assertEquals(defaultHttpPort(), httpPort, "container port and quarkus.http.port default differ");

        assertHttpProbe(container, container.getLivenessProbe(), LIVENESS_PATH, httpPort);
        assertHttpProbe(container, container.getReadinessProbe(), READINESS_PATH, httpPort);
        assertHttpProbe(container, container.getStartupProbe(), STARTUP_PATH, httpPort);

        Probe startup = container.getStartupProbe();
        Duration startupBudget = Duration.ofSeconds((long) startup.getPeriodSeconds() * startup.getFailureThreshold());
        assertTrue(startupBudget.compareTo(MIN_STARTUP_BUDGET) >= 0,
                "startup probe gives up after " + startupBudget + ", before the first model fit can finish");
    }

    @Test
    void gracePeriodCoversPreStopSleepAndQuarkusShutdown() {
        PodSpec pod = deployment(base).getSpec().getTemplate().getSpec();
        var preStop = appContainer().getLifecycle().getPreStop();
        assertNotNull(preStop.getSleep(), "preStop must sleep while endpoints drop the pod");
        long preStopSeconds = preStop.getSleep().getSeconds();
        assertTrue(preStopSeconds > 0);
        String shutdownTimeout = applicationProperties.getProperty("quarkus.shutdown.timeout");
        assertNotNull(shutdownTimeout, "application.properties sets no quarkus.shutdown.timeout");
        long shutdownSeconds = Duration.parse("PT" + shutdownTimeout.toUpperCase(Locale.ROOT)).toSeconds();
        assertTrue(pod.getTerminationGracePeriodSeconds() > preStopSeconds + shutdownSeconds,
                "terminationGracePeriodSeconds must exceed preStop sleep + quarkus.shutdown.timeout");
    }

    @Test
    void everyEnvironmentVariableIsOneTheAppReads() {
        Set<String> readByApp = environmentNamesTheAppReads();
        Set<String> setByManifests = new TreeSet<>();
        appContainer().getEnv().forEach(env -> setByManifests.add(env.getName()));
        for (Folder folder : List.of(base, production)) {
            folder.all(ConfigMap.class).forEach(config -> setByManifests.addAll(config.getData().keySet()));
        }
        setByManifests.addAll(secretTemplate().getStringData().keySet());

        Set<String> unknown = new TreeSet<>(setByManifests);
        unknown.removeAll(readByApp);
        assertTrue(unknown.isEmpty(), "manifests set variables the app never reads: " + unknown);
    }

    @Test
    void containerTakesItsSettingsFromTheConfigMapAndTheSecret() {
        Set<String> configMaps = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        appContainer().getEnvFrom().forEach(source -> {
            if (source.getConfigMapRef() != null) {
                configMaps.add(source.getConfigMapRef().getName());
            }
            if (source.getSecretRef() != null) {
                secrets.add(source.getSecretRef().getName());
            }
        });
        assertEquals(Set.of(configMap(base).getMetadata().getName()), configMaps);
        assertEquals(Set.of(secretTemplate().getMetadata().getName()), secrets);

        Map<String, String> config = configMap(base).getData();
        config.keySet().forEach(name -> assertFalse(SECRET_LOOKING_NAME.matcher(name).matches(),
                name + " looks like a credential: it belongs in the Secret, not the ConfigMap"));
        String profile = config.get("QUARKUS_PROFILE");
        assertTrue(applicationProperties.stringPropertyNames().stream().anyMatch(key -> key.startsWith("%" + profile + ".")),
                "QUARKUS_PROFILE=" + profile + " but application.properties has no %" + profile + ". settings");
    }

    @Test
    void resourcesAreRequestedAndLimited() {
        assertRequestsWithinLimits("base", appContainer().getResources());
        Container patched = deployment(production).getSpec().getTemplate().getSpec().getContainers().getFirst();
        assertEquals(appContainer().getName(), patched.getName(), "the resources patch targets another container");
        assertRequestsWithinLimits("production", patched.getResources());
    }

    @Test
    void podRunsAsNonRootWithAReadOnlyRootFilesystem() throws IOException {
        PodSpec pod = deployment(base).getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot());
        assertNotNull(podSecurity.getRunAsUser(), "runAsNonRoot needs a numeric runAsUser to be checkable");
        assertTrue(podSecurity.getRunAsUser() > 0);
        assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType());

        SecurityContext containerSecurity = appContainer().getSecurityContext();
        assertEquals(Boolean.TRUE, containerSecurity.getReadOnlyRootFilesystem());
        assertEquals(Boolean.FALSE, containerSecurity.getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), containerSecurity.getCapabilities().getDrop());

        String tmpVolume = appContainer().getVolumeMounts().stream()
                .filter(mount -> "/tmp".equals(mount.getMountPath()))
                .findFirst().orElseThrow(() -> new AssertionError("a read-only root needs a writable /tmp"))
                .getName();
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir(), "/tmp should be an emptyDir");

        for (Path dockerfile : DOCKERFILES) {
            String text = Files.readString(dockerfile);
            assertEquals(List.of(String.valueOf(podSecurity.getRunAsUser())), instructionArguments(text, "USER"),
                    dockerfile + " runs as another user than the pod's runAsUser");
            assertEquals(List.of(String.valueOf(containerPort(appContainer(), "http").getContainerPort())),
                    instructionArguments(text, "EXPOSE"), dockerfile + " exposes another port than the container");
        }
    }

    @Test
    void serviceSendsTrafficToTheContainerPort() {
        Service service = base.one(Service.class);
        ServicePort port = service.getSpec().getPorts().getFirst();
        assertEquals("http", port.getName());
        assertEquals(80, port.getPort());
        int containerPort = containerPort(appContainer(), "http").getContainerPort();
        assertEquals(containerPort, resolvePort(appContainer(), port.getTargetPort()));
        assertSelectsPods("Service", service.getSpec().getSelector());
    }

    @Test
    void autoscalerAndDisruptionBudgetTargetTheDeployment() {
        Deployment deployment = deployment(base);
        HorizontalPodAutoscaler hpa = base.one(HorizontalPodAutoscaler.class);
        var target = hpa.getSpec().getScaleTargetRef();
        assertEquals(deployment.getApiVersion(), target.getApiVersion());
        assertEquals(deployment.getKind(), target.getKind());
        assertEquals(deployment.getMetadata().getName(), target.getName());
        assertTrue(hpa.getSpec().getMetrics().stream()
                .anyMatch(metric -> metric.getResource() != null && "cpu".equals(metric.getResource().getName())),
                "the autoscaler should scale on CPU");

        PodDisruptionBudget pdb = base.one(PodDisruptionBudget.class);
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), pdb.getSpec().getSelector().getMatchLabels());
        assertSelectsPods("PodDisruptionBudget", pdb.getSpec().getSelector().getMatchLabels());
        assertSelectsPods("Deployment", deployment.getSpec().getSelector().getMatchLabels());

        // A budget that needs every pod would block node drains: the smallest replica count must exceed it.
        int minAvailable = pdb.getSpec().getMinAvailable().getIntVal();
        int baseMinimum = Math.min(deployment.getSpec().getReplicas(), hpa.getSpec().getMinReplicas());
        assertTrue(baseMinimum > minAvailable, "base: PDB minAvailable leaves no pod to evict");
        int productionReplicas = production.kustomization.replicas().getFirst().count();
        int productionHpaMinimum = production.one(HorizontalPodAutoscaler.class).getSpec().getMinReplicas();
        assertTrue(Math.min(productionReplicas, productionHpaMinimum) > minAvailable,
                "production: PDB minAvailable leaves no pod to evict");
        assertTrue(production.one(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas() >= productionHpaMinimum);
    }

    @Test
    void kustomizationsListEveryManifestInTheirFolder() throws IOException {
        for (Folder folder : List.of(base, production)) {
            Set<String> listed = new TreeSet<>();
            listed.addAll(folder.kustomization.resources());
            folder.kustomization.patches().forEach(patch -> listed.add(patch.path()));
            Set<String> inFolder = new TreeSet<>(yamlFiles(folder.dir));
            inFolder.remove(KUSTOMIZATION);
            Set<String> templates = new TreeSet<>(inFolder);
            templates.removeIf(name -> !name.endsWith(TEMPLATE_SUFFIX));
            inFolder.removeAll(templates);

            Set<String> listedFiles = new TreeSet<>(listed);
            listedFiles.removeIf(entry -> Files.isDirectory(folder.dir.resolve(entry)));
            assertEquals(inFolder, listedFiles, folder.dir + "/" + KUSTOMIZATION + " and the folder's files differ");
            templates.forEach(template -> assertFalse(listed.contains(template),
                    template + " is a template and must never be applied"));
            listed.forEach(entry -> assertTrue(Files.exists(folder.dir.resolve(entry)), entry + " does not exist"));
        }
        assertTrue(production.kustomization.resources().contains("../../base"), "production must build on the base");
    }

    @Test
    void overlayPatchesOnlyResourcesTheBaseDefines() {
        Set<String> baseResources = new HashSet<>();
        base.resources.values().forEach(resource -> baseResources.add(resource.getKind() + "/" + resource.getMetadata().getName()));
        production.resources.forEach((file, patch) -> assertTrue(
                baseResources.contains(patch.getKind() + "/" + patch.getMetadata().getName()),
                file + " patches " + patch.getKind() + "/" + patch.getMetadata().getName() + ", which the base lacks"));
        production.kustomization.replicas().forEach(replicas -> assertTrue(
                baseResources.contains("Deployment/" + replicas.name()), "replicas for unknown " + replicas.name()));
    }

    @Test
    void productionTurnsOffTheStoreDeskAndProtectsReads() {
        Map<String, String> merged = new HashMap<>(configMap(base).getData());
        production.all(ConfigMap.class).forEach(patch -> merged.putAll(patch.getData()));
        assertEquals("false", merged.get("SOLEMATE_DESK_ENABLED"));
        assertEquals("true", merged.get("SOLEMATE_SECURITY_PROTECT_READS"));
        // Wherever a cluster turns the desk on, staff sign in: no manifest may switch that off.
        for (Folder folder : List.of(base, production)) {
            folder.all(ConfigMap.class).forEach(config -> assertFalse(
                    "false".equals(config.getData().get("SOLEMATE_DESK_SIGN_IN")), "a ConfigMap turns desk sign-in off"));
        }
    }

    @Test
    void secretTemplateHoldsOnlyPlaceholders() {
        Secret template = secretTemplate();
        assertTrue(template.getData() == null || template.getData().isEmpty(),
                "base64 data hides what a value is: the template uses stringData placeholders only");
        Map<String, String> values = template.getStringData();
        assertEquals(SECRET_ENV, values.keySet());
        values.forEach((name, value) -> assertTrue(PLACEHOLDER.matcher(value).matches(),
                name + " holds a real-looking value instead of a REPLACE_ME placeholder"));
        for (Folder folder : List.of(base, production)) {
            folder.resources.forEach((file, resource) -> assertFalse(
                    resource instanceof Secret && !file.endsWith(TEMPLATE_SUFFIX),
                    file + " is a Secret that kustomize would apply: create secrets with kubectl instead"));
        }
    }

    @Test
    void overlayPatchesTheImageTheDeploymentRuns() {
        String image = appContainer().getImage();
        assertFalse(image.contains(":") || image.contains("@"), "the base names the image; the overlay pins the tag");
        List<Kustomization.Image> images = production.kustomization.images();
        assertEquals(1, images.size());
        Kustomization.Image pinned = images.getFirst();
        assertEquals(image, pinned.name(), "the overlay patches an image the Deployment does not run");
        assertFalse(pinned.newTag() == null || pinned.newTag().isBlank() || "latest".equals(pinned.newTag()),
                "production pins an explicit image tag");
    }

    // ---- the app's side ----------------------------------------------------------------------------------------

    /**
     * Variables named in ${...} placeholders, the environment form of every property key Quarkus maps, and of every
     * setting a {@code @ConfigMapping} declares.
     */
    private static Set<String> environmentNamesTheAppReads() {
        Set<String> names = new HashSet<>(PLATFORM_ENV);
        ConfigKeys.all().keySet().forEach(key -> names.add(ConfigKeys.environmentName(key)));
        for (String key : applicationProperties.stringPropertyNames()) {
            Matcher placeholders = ENV_PLACEHOLDER.matcher(applicationProperties.getProperty(key));
            while (placeholders.find()) {
                names.add(placeholders.group(1));
            }
            String withoutProfile = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(withoutProfile.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return names;
    }

    private static int defaultHttpPort() {
        String value = applicationProperties.getProperty("quarkus.http.port");
        assertNotNull(value, "application.properties sets no quarkus.http.port");
        Matcher withDefault = Pattern.compile("\\$\\{[A-Za-z0-9_]+:(\\d+)}").matcher(value);
        return Integer.parseInt(withDefault.matches() ? withDefault.group(1) : value.trim());
    }

    private static List<String> instructionArguments(String dockerfile, String instruction) {
        // The runtime stage is the last one: only its instructions describe the image that runs.
        String lastStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        return lastStage.lines()
                .filter(line -> line.startsWith(instruction + " "))
                .map(line -> line.substring(instruction.length() + 1).trim())
                .toList();
    }

    // ---- manifest access ---------------------------------------------------------------------------------------

    private static Deployment deployment(Folder folder) {
        return folder.one(Deployment.class);
    }

    private static Container appContainer() {
        List<Container> containers = deployment(base).getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(c -> APP_NAME.equals(c.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container named " + APP_NAME));
    }

    private static ConfigMap configMap(Folder folder) {
        return folder.one(ConfigMap.class);
    }

    private static Secret secretTemplate() {
        return base.one(Secret.class);
    }

    private static ContainerPort containerPort(Container container, String name) {
        return container.getPorts().stream().filter(port -> name.equals(port.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("container has no port named " + name));
    }

    private static int resolvePort(Container container, IntOrString port) {
        return port.getIntVal() != null ? port.getIntVal() : containerPort(container, port.getStrVal()).getContainerPort();
    }

    private static void assertHttpProbe(Container container, Probe probe, String path, int httpPort) {
        assertNotNull(probe, "missing probe for " + path);
        assertNotNull(probe.getHttpGet(), "probe for " + path + " is not an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(httpPort, resolvePort(container, probe.getHttpGet().getPort()), "probe " + path + " port");
    }

    private static void assertRequestsWithinLimits(String where, ResourceRequirements resources) {
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests().get(resource);
            Quantity limit = resources.getLimits().get(resource);
            assertNotNull(request, where + ": no " + resource + " request");
            assertNotNull(limit, where + ": no " + resource + " limit");
            assertTrue(request.compareTo(limit) <= 0, where + ": " + resource + " request exceeds its limit");
        }
    }

    private static void assertSelectsPods(String what, Map<String, String> selector) {
        Map<String, String> podLabels = deployment(base).getSpec().getTemplate().getMetadata().getLabels();
        assertFalse(selector == null || selector.isEmpty(), what + " selects nothing");
        selector.forEach((key, value) -> assertEquals(value, podLabels.get(key),
                what + " selector " + key + "=" + value + " matches no pod label"));
    }

    private static List<String> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml")).sorted().toList();
        }
    }

    /**
     * fabric8 keeps fields it does not model in {@code additionalProperties} instead of failing, so a misspelt
     * field (say {@code readinessprobe}) would parse silently: walk the typed tree and collect them.
     */
    private static void collectUnknownFields(Object node, String path, List<String> unknown) {
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + index++ + "]", unknown);
            }
        } else if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> collectUnknownFields(value, path + "." + key, unknown));
        } else if (node != null && node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : node.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")) {
                    continue;
                }
                Object value = invoke(getter, node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(field -> unknown.add(path + "." + field));
                } else if (Collection.class.isAssignableFrom(getter.getReturnType())
                        || Map.class.isAssignableFrom(getter.getReturnType())
                        || getter.getReturnType().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
                    collectUnknownFields(value, path + "." + getter.getName().substring(3), unknown);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    /** The manifests of one kustomize folder, each file parsed into its fabric8 type. */
    private record Folder(Path dir, Kustomization kustomization, Map<String, HasMetadata> resources) {

        static Folder parse(Path dir) throws IOException {
            assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " is missing");
            Kustomization kustomization = YAML.readValue(dir.resolve(KUSTOMIZATION).toFile(), Kustomization.class);
            Map<String, HasMetadata> resources = new HashMap<>();
            for (String file : yamlFiles(dir)) {
                if (!file.equals(KUSTOMIZATION)) {
                    resources.put(file, parseResource(dir.resolve(file)));
                }
            }
            return new Folder(dir, kustomization, resources);
        }

        private static HasMetadata parseResource(Path file) throws IOException {
            List<JsonNode> documents;
            try (MappingIterator<JsonNode> reader = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                documents = reader.readAll();
            }
            // One resource per file keeps the kustomization's file list and this test's checks exact.
            assertEquals(1, documents.size(), file + " should hold exactly one YAML document");
            JsonNode tree = documents.getFirst();
            String type = tree.path("apiVersion").asText() + " " + tree.path("kind").asText();
            Class<? extends HasMetadata> modelClass = TYPES.get(type);
            if (modelClass == null) {
                fail(file + ": unexpected resource type '" + type + "'; add it to TYPES if it is intended");
            }
            HasMetadata resource = YAML.treeToValue(tree, modelClass);
            assertNotNull(resource.getMetadata().getName(), file + " has no metadata.name");
            return resource;
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return resources.values().stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T one(Class<T> type) {
            List<T> found = all(type);
            assertEquals(1, found.size(), dir + " should hold exactly one " + type.getSimpleName());
            return found.getFirst();
        }
    }

    /** The parts of kustomize's Kustomization this project uses; any other field fails parsing on purpose. */
    private record Kustomization(String apiVersion, String kind, String namespace, List<Label> labels,
            List<String> resources, List<Image> images, List<Replicas> replicas, List<Patch> patches) {

        Kustomization {
            assertEquals("kustomize.config.k8s.io/v1beta1", apiVersion);
            assertEquals("Kustomization", kind);
            resources = Objects.requireNonNullElse(resources, List.of());
            images = Objects.requireNonNullElse(images, List.of());
            replicas = Objects.requireNonNullElse(replicas, List.of());
            patches = Objects.requireNonNullElse(patches, List.of());
        }

        record Label(Map<String, String> pairs, boolean includeSelectors) {
        }

        record Image(String name, String newName, String newTag) {
        }

        record Replicas(String name, int count) {
        }

        record Patch(String path) {
        }
    }
}

package vn.dxhub.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The reporter and subject of a MeasureReport as a mapping reads them: the reference as written, its logical identifier,
 * and the name and identifiers of the resource it points to, found among the report's contained resources ("#reporter")
 * or the resources the Bundle includes. Only organisations, locations and groups are described; a patient never is.
 */
final class ReportReferences {

    private final Map<String, Resource> included;

    /** @param included the Bundle's other resources by "Type/id" and by full URL, filled while the Bundle is read */
    ReportReferences(Map<String, Resource> included) {
        this.included = included;
    }

    /** Writes {@code field} of the record: the reference as written and what the resource it points to says of itself. */
    void describe(ObjectNode record, String field, Reference reference, MeasureReport report) {
        if (reference == null || reference.isEmpty()) {
            return;
        }
        ObjectNode node = record.putObject(field);
        node.put("reference", reference.getReference());
        node.put("type", reference.getType());
        node.put("display", reference.getDisplay());
        Map<String, String> identifiers = new LinkedHashMap<>();
        if (reference.hasIdentifier()) {
            add(identifiers, reference.getIdentifier());
        }
        Resource target = resolve(reference, report);
        if (target instanceof Organization o) {
            node.put("name", o.getName());
            o.getIdentifier().forEach(i -> add(identifiers, i));
        } else if (target instanceof Location l) {
            node.put("name", l.getName());
            l.getIdentifier().forEach(i -> add(identifiers, i));
        } else if (target instanceof Group g) {
            node.put("name", g.getName());
            g.getIdentifier().forEach(i -> add(identifiers, i));
        }
        Identifier first = reference.hasIdentifier() ? reference.getIdentifier() : null;
        if (first == null && !identifiers.isEmpty()) {
            Map.Entry<String, String> e = identifiers.entrySet().iterator().next();
            first = new Identifier().setSystem(e.getKey().isEmpty() ? null : e.getKey()).setValue(e.getValue());
        }
        node.put("identifierSystem", first == null ? null : first.getSystem());
        node.put("identifierValue", first == null ? null : first.getValue());
        ObjectNode bySystem = node.putObject("identifiers");
        identifiers.forEach(bySystem::put);
    }

    private static void add(Map<String, String> identifiers, Identifier identifier) {
        if (identifier.hasValue()) {
            identifiers.putIfAbsent(identifier.hasSystem() ? identifier.getSystem() : "", identifier.getValue());
        }
    }

    /** Whether the reference points to a patient, by its type, its address or the resource it resolves to. */
    boolean isPatient(Reference reference, MeasureReport report) {
        if (reference == null || reference.isEmpty()) {
            return false;
        }
        String ref = reference.getReference();
        return "Patient".equals(reference.getType()) || ref != null && (ref.startsWith("Patient/") || ref.contains("/Patient/"))
                || resolve(reference, report) instanceof Patient;
    }

    /** The resource a reference points to: contained in the report ("#id"), already attached by the parser, or included in the bundle. */
    private Resource resolve(Reference reference, MeasureReport report) {
        if (reference.getResource() instanceof Resource attached) {
            return attached;
        }
        String ref = reference.getReference();
        if (ref == null) {
            return null;
        }
        if (ref.startsWith("#")) {
            String id = ref.substring(1);
            return report.getContained().stream()
                    .filter(r -> id.equals(r.getIdElement().getIdPart()) || ref.equals(r.getId()))
                    .findFirst().orElse(null);
        }
        return included.get(ref);
    }
}

package org.homeward.audit.entity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

/**
 * Captures every insert, update and delete of an {@link AuditableEntity} as it is written, with the
 * before and after values EclipseLink already tracks, and keeps them on the unit of work until the
 * audit interceptor drains them into audit rows in the same transaction.
 *
 * <p>Registered through {@code eclipselink.session.customizer} in persistence.xml.
 */
public class ChangeCapture extends DescriptorEventAdapter implements SessionCustomizer {

  static final String PENDING = "org.homeward.audit.pendingChanges";
  static final String SENSITIVE = "(sensitive)";
  static final String CHANGED = "(changed)";

  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (AuditableEntity.class.isAssignableFrom(descriptor.getJavaClass())) {
        descriptor.getEventManager().addListener(this);
      }
    }
  }

  @Override
  public void postInsert(DescriptorEvent event) {
    Map<String, Object[]> values = new LinkedHashMap<>();
    ClassDescriptor descriptor = event.getDescriptor();
    for (DatabaseMapping mapping : descriptor.getMappings()) {
      if (mapping.isDirectToFieldMapping() && !mapping.isPrimaryKeyMapping()) {
        Object value = mapping.getAttributeValueFromObject(event.getObject());
        if (value != null && !"version".equals(mapping.getAttributeName())) {
          values.put(mapping.getAttributeName(), pair(descriptor, mapping.getAttributeName(), null, value));
        }
      }
    }
    remember(event, AuditAction.CREATE, values);
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    // the event's own change set is empty in postUpdate; the modify query carries the one that was written
    ObjectChangeSet changeSet = event.getQuery() instanceof ObjectLevelModifyQuery query
        ? query.getObjectChangeSet()
        : event.getChangeSet();
    if (changeSet != null) {
      collect(event.getDescriptor(), "", changeSet, changes);
    }
    if (!changes.isEmpty()) {
      remember(event, AuditAction.UPDATE, changes);
    }
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    remember(event, AuditAction.DELETE, Map.of());
  }

  private void collect(
      ClassDescriptor descriptor, String prefix, ObjectChangeSet changeSet, Map<String, Object[]> into) {
    for (ChangeRecord change : changeSet.getChanges()) {
      String name = change.getAttribute();
      if ("version".equals(name)) {
        continue;
      }
      if (change instanceof DirectToFieldChangeRecord direct) {
        into.put(prefix + name, pair(descriptor, name, direct.getOldValue(), direct.getNewValue()));
      } else if (change instanceof AggregateChangeRecord aggregate
          && aggregate.getChangedObject() != null) {
        ClassDescriptor inner = descriptor.getMappingForAttributeName(name).getReferenceDescriptor();
        collect(inner, prefix + name + ".", aggregate.getChangedObject(), into);
      } else {
        // a collection or reference: the trail names it, its own rows carry the detail
        into.put(prefix + name, new Object[] {CHANGED, CHANGED});
      }
    }
  }

  private static Object[] pair(ClassDescriptor descriptor, String attribute, Object before, Object after) {
    if (isSensitive(descriptor.getJavaClass(), attribute)) {
      return new Object[] {SENSITIVE, SENSITIVE};
    }
    return new Object[] {before, after};
  }

  private static boolean isSensitive(Class<?> type, String attribute) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(attribute);
        return field.isAnnotationPresent(Sensitive.class);
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    return false;
  }

  private static void remember(DescriptorEvent event, AuditAction action, Map<String, Object[]> changes) {
    AuditableEntity entity = (AuditableEntity) event.getObject();
    pending(event.getSession()).add(new RecordChange(action, entity.auditType(), entity.getId(), changes));
  }

  @SuppressWarnings("unchecked")
  private static List<RecordChange> pending(AbstractSession session) {
    List<RecordChange> list = (List<RecordChange>) session.getProperty(PENDING);
    if (list == null) {
      list = new ArrayList<>();
      session.setProperty(PENDING, list);
    }
    return list;
  }

  /**
   * Takes the changes captured so far in this unit of work, leaving none behind.
   *
   * @param unitOfWork the transaction's unit of work ({@code em.unwrap(UnitOfWork.class)})
   */
  @SuppressWarnings("unchecked")
  public static List<RecordChange> drain(Session unitOfWork) {
    List<RecordChange> list = (List<RecordChange>) unitOfWork.getProperty(PENDING);
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<RecordChange> taken = List.copyOf(list);
    list.clear();
    return taken;
  }
}

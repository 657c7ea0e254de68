package org.homeward.institution.web;

import java.util.List;
import java.util.Map;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.InstitutionFilter;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Pages, sorts and filters the institution table in the database, through the use case. */
public class InstitutionLazyModel extends LazyDataModel<Institution> {

  private static final long serialVersionUID = 1L;

  private final Institutions institutions;

  InstitutionLazyModel(Institutions institutions) {
    this.institutions = institutions;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return (int) institutions.count(filter(filters));
  }

  @Override
  public List<Institution> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
    SortMeta sort = sorts.values().stream().findFirst().orElse(null);
    PageRequest page = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
        sort == null || sort.getOrder() != SortOrder.DESCENDING);
    return institutions.search(filter(filters), page).items();
  }

  @Override
  public String getRowKey(Institution institution) {
    return String.valueOf(institution.getId());
  }

  private static InstitutionFilter filter(Map<String, FilterMeta> filters) {
    return new InstitutionFilter(
        text(filters, "globalFilter"),
        text(filters, "region"),
        value(filters, "type", InstitutionType.class),
        value(filters, "status", InstitutionStatus.class));
  }

  private static String text(Map<String, FilterMeta> filters, String field) {
    FilterMeta meta = filters.get(field);
    return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
  }

  private static <E extends Enum<E>> E value(Map<String, FilterMeta> filters, String field, Class<E> type) {
    FilterMeta meta = filters.get(field);
    if (meta == null || meta.getFilterValue() == null || meta.getFilterValue().toString().isBlank()) {
      return null;
    }
    Object value = meta.getFilterValue();
    return type.isInstance(value) ? type.cast(value) : Enum.valueOf(type, value.toString());
  }
}

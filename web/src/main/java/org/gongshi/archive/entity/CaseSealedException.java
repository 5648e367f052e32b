package org.gongshi.archive.entity;

import org.gongshi.platform.DomainException;

/** A change was attempted on a sealed case file: 409 with the reason. */
public class CaseSealedException extends DomainException {
  public CaseSealedException(String caseNumber) {
    super(409, null, "案卷 " + caseNumber + " 已归档封存，不能修改、删除或追加文件；如需更正，请添加更正批注");
  }
}
